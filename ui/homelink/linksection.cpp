#include "linksection.h"

#include "app/session.h"
#include "homelinkservice.h"
#include "linkdialog.h"
#include "linkstatusline.h"
#include "widgets/dialogs.h"
#include "widgets/wrappedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nc {

LinkSection::LinkSection(HomeLinkService &service, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_session(session)
{
    setObjectName(QStringLiteral("linkSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Link to my clinic"), this);
    title->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(title);
    m_status = new LinkStatusLine(service, session, LinkStatusLine::Detail::Shown, this);
    layout->addWidget(m_status);
    auto *row = new QHBoxLayout;
    m_link = new QPushButton(tr("Link to my &clinic…"), this);
    m_link->setObjectName(QStringLiteral("linkToClinic"));
    m_sendNow = new QPushButton(tr("Send &now"), this);
    m_sendNow->setObjectName(QStringLiteral("linkSendNow"));
    m_unlink = new QPushButton(tr("&Unlink…"), this);
    m_unlink->setObjectName(QStringLiteral("linkUnlink"));
    row->addWidget(m_link);
    row->addWidget(m_sendNow);
    row->addWidget(m_unlink);
    row->addStretch(1);
    layout->addLayout(row);

    connect(m_link, &QPushButton::clicked, this, &LinkSection::openLinkDialog);
    connect(m_sendNow, &QPushButton::clicked, this, [this] { m_service.sendSoon(0); });
    connect(m_unlink, &QPushButton::clicked, this, &LinkSection::askUnlink);
    connect(m_status, &LinkStatusLine::wordsChanged, this, &LinkSection::showButtons);
    showButtons();
}

void LinkSection::showButtons()
{
    const linkstatus::Level level = m_status->words().level;
    const bool linked = level != linkstatus::Level::Off;
    // A refused login is mended by linking again with the new one the clinic gives: what is
    // waiting stays marked and goes once it works.
    m_link->setText(linked ? tr("Link &again with a new login…") : tr("Link to my &clinic…"));
    m_link->setVisible(!linked || level == linkstatus::Level::Action);
    m_sendNow->setVisible(linked);
    m_unlink->setVisible(linked);
}

void LinkSection::openLinkDialog()
{
    const qint64 patientId = m_session.patientId();
    LinkDialog dialog(
        LinkDialog::Purpose::Link, m_session.patientName(),
        [this, patientId](const ConnectionSpec &server, const QString &password, PasswordStore::Place place) {
            m_service.link(patientId, server, password, place);
        },
        this);
    // The login is tried on the link's thread: the window stays responsive meanwhile.
    connect(&m_service, &HomeLinkService::linkAttempted, &dialog,
        [&dialog, patientId](const LinkAttempt &attempt) {
            if (attempt.patientId == patientId)
                dialog.finished(attempt.problem, attempt.message);
        });
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("%1 is linked to the clinic: what is logged is sent there from now on, "
                          "and what was logged before goes first.")
                           .arg(m_session.patientName()));
}

void LinkSection::askUnlink()
{
    QMessageBox box(QMessageBox::Question, tr("Unlink from the clinic"),
        tr("Stop sending %1's entries to the clinic?").arg(m_session.patientName()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unlinkQuestion"));
    box.setInformativeText(
        tr("Everything stays on this computer. The clinic keeps the copy it already has: to "
           "have it removed, ask the clinic."));
    box.button(QMessageBox::Yes)->setText(tr("&Unlink"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (MessageBox::exec(box) != QMessageBox::Yes)
        return;
    if (const auto error = m_service.unlink(m_session.patientId()))
        MessageBox::warning(this, tr("Unlink from the clinic"), *error);
    else
        Q_EMIT message(tr("Unlinked. Everything stays on this computer; the clinic keeps its copy until you "
                          "ask them to remove it."));
}

} // namespace nc
