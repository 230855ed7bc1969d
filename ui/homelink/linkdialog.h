#pragma once

#include "homelink/homelink.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace nc {

class HomeLinkService;
struct LinkAttempt;

// Settings ▸ Link to my clinic ▸ "Link…": the server and login the clinic gave, the password, how
// the server is checked and where the password is kept. "Link" tries the login on the link's
// thread (the window stays responsive) and closes only once the profile is linked; a refusal is
// said on the form, with everything typed still there.
class LinkDialog : public QDialog
{
    Q_OBJECT
public:
    LinkDialog(
        HomeLinkService &service, qint64 patientId, const QString &patientName, QWidget *parent = nullptr);

    // The spec "Link" would use, or why the form is not complete (for tests as for the button).
    Expected<ConnectionSpec> spec() const;
    PasswordStore::Place place() const;

private:
    void tryLink();
    void onAttempted(const LinkAttempt &attempt);
    void setBusy(bool busy);
    void showSafety();
    void fitHeight();

    HomeLinkService &m_service;
    qint64 m_patientId;
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
