#pragma once

#include "storage/database.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;

namespace nc {

// Staff sign in with their own login: the server (a host name, or a libpq postgresql:// address),
// the database and the login, remembered for next time; the password is asked each time and
// never stored. A patient's or caregiver's login is refused with the reason (deskLoginKind()).
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    // Fills the fields (tests, and `--server` on the command line).
    void setServer(const QString &server, const QString &database, const QString &login);
    void setPassword(const QString &password);

    // The connection made on acceptance, handed over once.
    std::unique_ptr<Database> takeDatabase() { return std::move(m_db); }
    // The libpq keywords signed in with (no password), for the window's title and the settings.
    QString where() const { return m_where; }

    void accept() override;

private:
    QString composeWhere(QString *error) const;

    QLineEdit *m_server;
    QLineEdit *m_database;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
    std::unique_ptr<Database> m_db;
    QString m_where;
};

} // namespace nc
