#include "signindialog.h"

#include "storage/connectionspec.h"
#include "storage/triagestore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace nc {

namespace {
const QString kGroup = QStringLiteral("desk/");
} // namespace

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sign in to the triage desk"));
    setObjectName(QStringLiteral("signInDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Sign in with your own clinic login. Everything you do at the desk is "
                                "recorded with it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto field
        = [&](QLineEdit **edit, const QString &label, const QString &name, const QString &accessible) {
              *edit = new QLineEdit(this);
              (*edit)->setObjectName(name);
              (*edit)->setAccessibleName(accessible);
              form->addRow(label, *edit);
          };
    field(&m_server, tr("&Server:"), QStringLiteral("signInServer"), tr("Server"));
    m_server->setPlaceholderText(tr("clinic.example.org, or postgresql://…"));
    field(&m_database, tr("&Database:"), QStringLiteral("signInDatabase"), tr("Database"));
    field(&m_login, tr("&Login:"), QStringLiteral("signInLogin"), tr("Login"));
    field(&m_password, tr("&Password:"), QStringLiteral("signInPassword"), tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);

    const QSettings settings;
    setServer(settings.value(kGroup + QStringLiteral("server")).toString(),
        settings.value(kGroup + QStringLiteral("database"), QStringLiteral("neutrocare")).toString(),
        settings.value(kGroup + QStringLiteral("login")).toString());
}

void SignInDialog::setServer(const QString &server, const QString &database, const QString &login)
{
    m_server->setText(server);
    m_database->setText(database);
    m_login->setText(login);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
    if (m_server->text().isEmpty())
        m_server->setFocus();
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString SignInDialog::composeWhere(QString *error) const
{
    const QString server = m_server->text().trimmed();
    std::optional<ConnectionSpec> spec;
    if (ConnectionSpec::namesServer(server)) {
        spec = ConnectionSpec::parse(server, error);
        if (!spec)
            return {};
    } else {
        spec = ConnectionSpec {};
        spec->engine = Engine::PostgreSQL;
        // host[:port]
        const qsizetype colon = server.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const int port = colon > 0 ? server.mid(colon + 1).toInt(&portOk) : -1;
        spec->host = portOk ? server.left(colon) : server;
        spec->port = portOk ? port : -1;
    }
    if (!m_database->text().trimmed().isEmpty())
        spec->database = m_database->text().trimmed();
    if (!m_login->text().trimmed().isEmpty())
        spec->user = m_login->text().trimmed();
    if (spec->database.isEmpty() || spec->user.isEmpty()) {
        *error = tr("Give the database and your login.");
        return {};
    }
    return spec->keywords();
}

void SignInDialog::accept()
{
    QString error;
    const QString where = composeWhere(&error);
    const auto refuse = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
    };
    if (where.isEmpty())
        return refuse(error);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = std::make_unique<Database>();
    const bool opened = db->openServer(where, m_password->text());
    QGuiApplication::restoreOverrideCursor();
    if (!opened)
        return refuse(db->errorString());
    if (const auto kind = deskLoginKind(*db); !kind.ok())
        return refuse(kind.error().message);
    QSettings settings;
    settings.setValue(kGroup + QStringLiteral("server"), m_server->text().trimmed());
    settings.setValue(kGroup + QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(kGroup + QStringLiteral("login"), m_login->text().trimmed());
    m_password->clear();
    m_db = std::move(db);
    m_where = where;
    QDialog::accept();
}

} // namespace nc
