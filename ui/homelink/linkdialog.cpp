#include "linkdialog.h"

#include "widgets/formproblem.h"
#include "widgets/wrappedlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QVBoxLayout>

namespace nc {

namespace {
// How the server is checked: the first is the default; the others are the person's explicit,
// named-as-less-safe choice (issue 19). The sslmode each stands for.
const char *const kSslModes[] = { "verify-full", "require", "disable" };
} // namespace

LinkDialog::LinkDialog(Purpose purpose, const QString &who, Attempt attempt, QWidget *parent)
    : QDialog(parent)
    , m_attempt(std::move(attempt))
{
    const bool link = purpose == Purpose::Link;
    setObjectName(link ? QStringLiteral("linkDialog") : QStringLiteral("followDialog"));
    setWindowTitle(link ? tr("Link %1 to the clinic").arg(who) : tr("Follow someone you look after"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new WrappedLabel(
        link ? tr(
            "Your clinic gives you the server's address, a login and a password. Once linked, what you log "
            "here is also sent to the clinic, so your nurses see it. Everything stays on this computer too, "
            "and your alerts keep working without the internet.")
             : tr("The clinic gives a caregiver the server's address, a login and a password. You then see "
                  "the "
                  "person's Today, charts and history as the clinic's server has them, and get their alerts "
                  "here. You can look, not change anything."),
        this);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("linkServer"));
    m_server->setPlaceholderText(QStringLiteral("postgresql://clinic.example.org/neutrocare"));
    m_server->setAccessibleName(tr("Server address"));
    form->addRow(tr("&Server address"), m_server);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("linkLogin"));
    m_login->setAccessibleName(tr("Login"));
    form->addRow(tr("&Login"), m_login);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("linkPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password"), m_password);
    m_checking = new QComboBox(this);
    m_checking->setObjectName(QStringLiteral("linkChecking"));
    m_checking->setAccessibleName(tr("How the server is checked"));
    m_checking->addItem(tr("Check the server's certificate (safest)"));
    m_checking->addItem(tr("Encrypt, but do not check the certificate (less safe)"));
    m_checking->addItem(tr("Do not encrypt (least safe: only inside the clinic's own network)"));
    form->addRow(tr("&Checking"), m_checking);
    layout->addLayout(form);
    m_safety = new WrappedLabel(this);
    m_safety->setObjectName(QStringLiteral("linkSafety"));
    m_safety->setProperty("role", QStringLiteral("error"));
    layout->addWidget(m_safety);

    auto *keepTitle = new QLabel(tr("Where the password is kept"), this);
    keepTitle->setProperty("role", QStringLiteral("subtle"));
    layout->addWidget(keepTitle);
    m_keyring = new QRadioButton(tr("In this computer's &keyring (recommended)"), this);
    m_keyring->setObjectName(QStringLiteral("linkKeyring"));
    m_keyring->setChecked(true);
    layout->addWidget(m_keyring);
    m_passwordFile = new QRadioButton(
        tr("In a password &file that only you can read, for computers without a keyring"), this);
    m_passwordFile->setObjectName(QStringLiteral("linkPasswordFile"));
    layout->addWidget(m_passwordFile);

    m_problem = new WrappedLabel(this);
    m_problem->setObjectName(QStringLiteral("linkProblem"));
    m_problem->setProperty("role", QStringLiteral("error"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *go = m_buttons->addButton(link ? tr("&Link") : tr("&Follow"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("linkButton"));
    go->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LinkDialog::tryLink);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        // A login being tried finishes on its own; closing does not leave half a link.
        if (!m_busy)
            reject();
    });
    connect(m_checking, &QComboBox::currentIndexChanged, this, &LinkDialog::showSafety);
    showSafety();
    setMinimumWidth(560);
    fitHeight();
}

void LinkDialog::fitHeight()
{
    // A top-level window does not grow by itself for word-wrapped text: as tall as its width needs.
    const int width = std::max({ this->width(), 640, minimumSizeHint().width() });
    resize(width, std::max(heightForWidth(width), sizeHint().height()));
}

Expected<ConnectionSpec> LinkDialog::spec() const
{
    const Expected<ConnectionSpec> typed = homelink::serverSpec(m_server->text(), m_login->text());
    if (!typed)
        return typed;
    // The choice on the form wins over an sslmode in the address: what is shown is what is used.
    ConnectionSpec spec = *typed;
    spec.options.removeIf([](const QString &o) { return o.startsWith(QLatin1String("sslmode=")); });
    spec.options << QStringLiteral("sslmode=%1").arg(QLatin1String(kSslModes[m_checking->currentIndex()]));
    return spec;
}

PasswordStore::Place LinkDialog::place() const
{
    return m_keyring->isChecked() ? PasswordStore::Place::Keyring : PasswordStore::Place::PasswordFile;
}

void LinkDialog::showSafety()
{
    switch (m_checking->currentIndex()) {
    case 1:
        m_safety->setText(
            tr("Less safe: the connection is encrypted, but someone who pretends to be the clinic's "
               "server would not be noticed."));
        break;
    case 2:
        m_safety->setText(
            tr("Least safe: anyone on the network between this computer and the clinic could read "
               "or change what is sent. Choose this only if the clinic asks you to."));
        break;
    default:
        m_safety->clear();
    }
    m_safety->setVisible(!m_safety->text().isEmpty());
    fitHeight();
}

void LinkDialog::tryLink()
{
    if (m_busy)
        return;
    const auto fit = qScopeGuard([this] { fitHeight(); });
    const Expected<ConnectionSpec> server = spec();
    if (!server) {
        showFormProblem(m_problem, server.error().message,
            server.error().field == QLatin1String("login") ? m_login : m_server);
        return;
    }
    if (m_password->text().isEmpty()) {
        showFormProblem(m_problem, tr("Type the password the clinic gave you."), m_password);
        return;
    }
    showFormProblem(m_problem, tr("Trying the login with the clinic's server…"), nullptr);
    setBusy(true);
    m_attempt(*server, m_password->text(), place());
}

void LinkDialog::finished(homelink::Problem problem, const QString &message)
{
    if (!m_busy)
        return;
    setBusy(false);
    const auto fit = qScopeGuard([this] { fitHeight(); });
    switch (problem) {
    case homelink::Problem::None:
        accept();
        return;
    case homelink::Problem::Refused:
        showFormProblem(m_problem,
            tr("The clinic refused the login. Check the login and password, or ask your nurse for a new one.")
                + QLatin1Char('\n') + message,
            m_password);
        return;
    case homelink::Problem::NoKeyring:
        showFormProblem(m_problem,
            message + QLatin1Char('\n')
                + tr(
                    "You can keep the password in a file that only you can read instead: choose it above and "
                    "press Link again."),
            m_passwordFile);
        return;
    default:
        showFormProblem(m_problem, message, m_server);
    }
}

void LinkDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field : std::initializer_list<QWidget *> {
             m_server, m_login, m_password, m_checking, m_keyring, m_passwordFile })
        field->setEnabled(!busy);
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

} // namespace nc
