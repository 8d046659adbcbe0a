#include "app/server_login.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>
#include <qt6keychain/keychain.h>

namespace sc {

namespace {

const QString kService = QStringLiteral("Scorecard");

QString encoded(const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); }

} // namespace

QString serverUri(const ServerLogin &l)
{
    QString host = l.host.trimmed();
    // An IPv6 address goes in brackets.
    if (host.contains(u':') && !host.startsWith(u'['))
        host = u'[' + host + u']';
    else
        host = encoded(host);
    return QStringLiteral("postgresql://") + encoded(l.user) + u'@' + host + u':' + QString::number(l.port) + u'/'
           + encoded(l.database) + QStringLiteral("?sslmode=") + encoded(l.sslmode);
}

QString keychainKey(const ServerLogin &l)
{
    return QStringLiteral("%1@%2:%3/%4").arg(l.user, l.host.trimmed()).arg(l.port).arg(l.database);
}

ServerLogin lastServerLogin()
{
    QSettings s;
    ServerLogin l;
    s.beginGroup(QStringLiteral("server"));
    l.host = s.value(QStringLiteral("host"), l.host).toString();
    l.port = s.value(QStringLiteral("port"), l.port).toInt();
    l.database = s.value(QStringLiteral("database"), l.database).toString();
    l.user = s.value(QStringLiteral("user"), l.user).toString();
    l.sslmode = s.value(QStringLiteral("sslmode"), l.sslmode).toString();
    return l;
}

bool lastServerLoginRemembered() { return QSettings().value(QStringLiteral("server/remember"), false).toBool(); }

void saveServerLogin(const ServerLogin &l, bool remember)
{
    QSettings s;
    s.beginGroup(QStringLiteral("server"));
    s.setValue(QStringLiteral("host"), l.host);
    s.setValue(QStringLiteral("port"), l.port);
    s.setValue(QStringLiteral("database"), l.database);
    s.setValue(QStringLiteral("user"), l.user);
    s.setValue(QStringLiteral("sslmode"), l.sslmode);
    s.setValue(QStringLiteral("remember"), remember);
}

std::optional<QByteArray> readKeychainPassword(const QString &key, QString *error)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return std::nullopt;
    }
    return job.binaryData();
}

bool writeKeychainPassword(const QString &key, const QByteArray &password, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setBinaryData(password);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}

void deleteKeychainPassword(const QString &key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

ServerLoginDialog::ServerLoginDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to server"));
    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_sslmode = new QComboBox(this);
    m_sslmode->setObjectName(QStringLiteral("sslmode"));
    // libpq's sslmode values, with what each means for the user.
    m_sslmode->addItem(tr("Encrypted if the server offers it"), QStringLiteral("prefer"));
    m_sslmode->addItem(tr("Encrypted, server name checked"), QStringLiteral("verify-full"));
    m_sslmode->addItem(tr("Encrypted, server not checked"), QStringLiteral("require"));
    m_sslmode->addItem(tr("Not encrypted"), QStringLiteral("disable"));
    m_remember = new QCheckBox(tr("&Remember password (in this computer's keychain)"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Security:"), m_sslmode);
    form->addRow(QString(), m_remember);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textChanged, this, &ServerLoginDialog::updateOk);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(form);
    lay->addWidget(m_error);
    lay->addWidget(buttons);
    updateOk();
}

void ServerLoginDialog::updateOk()
{
    m_ok->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                     && !m_user->text().trimmed().isEmpty());
}

void ServerLoginDialog::setLogin(const ServerLogin &l, bool remember)
{
    m_host->setText(l.host);
    m_port->setValue(l.port);
    m_database->setText(l.database);
    m_user->setText(l.user);
    const int ssl = m_sslmode->findData(l.sslmode);
    m_sslmode->setCurrentIndex(ssl >= 0 ? ssl : 0);
    m_remember->setChecked(remember);
    (l.user.isEmpty() ? m_user : m_password)->setFocus();
}

ServerLogin ServerLoginDialog::login() const
{
    ServerLogin l;
    l.host = m_host->text().trimmed();
    l.port = m_port->value();
    l.database = m_database->text().trimmed();
    l.user = m_user->text().trimmed();
    l.sslmode = m_sslmode->currentData().toString();
    return l;
}

QByteArray ServerLoginDialog::password() const { return m_password->text().toUtf8(); }
void ServerLoginDialog::setPassword(const QByteArray &password) { m_password->setText(QString::fromUtf8(password)); }
bool ServerLoginDialog::remember() const { return m_remember->isChecked(); }

void ServerLoginDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace sc
