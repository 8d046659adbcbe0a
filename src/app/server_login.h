#pragma once
// File > Connect to server… (SPEC section 8): the login dialog, the URI it
// makes, and the password kept in the OS keychain through QtKeychain when
// "Remember password" is ticked. Passwords never go to QSettings: only the
// host, port, database and login are remembered there.
#include <QByteArray>
#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;

namespace sc {

struct ServerLogin {
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("scorecard");
    QString user;
    QString sslmode = QStringLiteral("prefer"); // libpq's sslmode
    bool operator==(const ServerLogin &) const = default;
};

// postgresql://USER@HOST:PORT/DB?sslmode=MODE, each part percent-encoded;
// never a password.
QString serverUri(const ServerLogin &login);
// The keychain entry of a login: "USER@HOST:PORT/DB".
QString keychainKey(const ServerLogin &login);

// The last login (without its password) from QSettings.
ServerLogin lastServerLogin();
bool lastServerLoginRemembered();
void saveServerLogin(const ServerLogin &login, bool remember);

// The OS keychain (QtKeychain, service "Scorecard"), waited for in a local
// event loop. Errors (no keychain on this machine) come back as text.
std::optional<QByteArray> readKeychainPassword(const QString &key, QString *error = nullptr);
bool writeKeychainPassword(const QString &key, const QByteArray &password, QString *error = nullptr);
void deleteKeychainPassword(const QString &key);

class ServerLoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServerLoginDialog(QWidget *parent = nullptr);

    void setLogin(const ServerLogin &login, bool remember);
    ServerLogin login() const;
    QByteArray password() const;
    void setPassword(const QByteArray &password);
    bool remember() const;
    // Shown under the fields after a failed attempt (the dialog stays open).
    void setError(const QString &message);

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }

private:
    void updateOk();
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslmode;
    QCheckBox *m_remember;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace sc
