#include "pg_users.h"

namespace sc::pg {

namespace {

// A text[] result column ({a,b,"c d"}) as a list.
QStringList parseTextArray(const QString &literal)
{
    QStringList out;
    if (literal.size() < 2)
        return out;
    const QString body = literal.mid(1, literal.size() - 2);
    QString item;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (quoted) {
            if (c == u'\\' && i + 1 < body.size())
                item += body[++i];
            else if (c == u'"')
                quoted = false;
            else
                item += c;
        } else if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            out << item;
            item.clear();
            any = false;
        } else {
            item += c;
            any = true;
        }
    }
    if (any || !item.isEmpty() || !out.isEmpty())
        out << item;
    return out;
}

} // namespace

void addUser(Connection &conn, const ServerUser &user, const QByteArray &password)
{
    const QByteArray verifier = conn.scramVerifier(password, user.login);
    conn.exec("SELECT scorecard.user_add($1, $2, $3, $4, $5)",
              {text(user.login), text(roleName(user.role)), verifier,
               user.role == Role::Agent ? text(user.agentId) : Param(),
               user.role == Role::Supervisor ? textArray(user.teams) : Param()});
}

void removeUser(Connection &conn, const QString &login)
{
    conn.exec("SELECT scorecard.user_remove($1)", {text(login)});
}

void setPassword(Connection &conn, const QString &login, const QByteArray &password)
{
    const QByteArray verifier = conn.scramVerifier(password, login);
    conn.exec("SELECT scorecard.user_set_password($1, $2)", {text(login), verifier});
}

std::vector<ServerUser> listUsers(Connection &conn)
{
    const Result r = conn.exec("SELECT login, role, agent_id, teams, member_of, can_login FROM scorecard.user_list()");
    std::vector<ServerUser> out;
    for (int row = 0; row < r.rows(); ++row) {
        ServerUser u;
        u.login = r.value(row, 0);
        u.role = roleFromName(r.value(row, 1)).value_or(Role::Agent);
        u.agentId = r.value(row, 2);
        u.teams = parseTextArray(r.value(row, 3));
        u.memberOf = parseTextArray(r.value(row, 4));
        u.canLogin = r.value(row, 5) == QLatin1String("t");
        out.push_back(std::move(u));
    }
    return out;
}

} // namespace sc::pg
