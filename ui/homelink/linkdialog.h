#pragma once

#include "homelink/homelink.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace nc {

// The server and login a clinic gave, the password, how the server is checked and where the
// password is kept: Settings ▸ Link to my clinic ("Link", a patient's login) and File ▸ Follow
// someone ("Follow", a caregiver's). The button hands what was typed to `attempt`, which answers
// with finished(); the dialog closes only once it worked, and a refusal is said on the form with
// everything typed still there.
class LinkDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Link, Follow };
    using Attempt
        = std::function<void(const ConnectionSpec &, const QString &password, PasswordStore::Place)>;

    // `who`: the patient's name (Link); a follow names nobody before it is tried.
    LinkDialog(Purpose purpose, const QString &who, Attempt attempt, QWidget *parent = nullptr);

    // How the attempt ended: closes on success, else says why.
    void finished(homelink::Problem problem, const QString &message);

    // The spec "Link" would use, or why the form is not complete (for tests as for the button).
    Expected<ConnectionSpec> spec() const;
    PasswordStore::Place place() const;

private:
    void tryLink();
    void setBusy(bool busy);
    void showSafety();
    void fitHeight();

    Attempt m_attempt;
    QLineEdit *m_server;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QComboBox *m_checking;
    QLabel *m_safety;
    QRadioButton *m_keyring;
    QRadioButton *m_passwordFile;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace nc
