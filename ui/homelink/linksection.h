#pragma once

#include <QWidget>

class QPushButton;

namespace nc {

class HomeLinkService;
class LinkStatusLine;
class Session;

// Settings ▸ "Link to my clinic": the link's state in words, and Link…, Send now and Unlink…,
// those that apply to the profile on screen shown (issue 19).
class LinkSection : public QWidget
{
    Q_OBJECT
public:
    LinkSection(HomeLinkService &service, Session &session, QWidget *parent = nullptr);

Q_SIGNALS:
    void message(const QString &text); // for the window's status bar

private:
    void openLinkDialog();
    void askUnlink();
    void showButtons();

    HomeLinkService &m_service;
    Session &m_session;
    LinkStatusLine *m_status;
    QPushButton *m_link;
    QPushButton *m_sendNow;
    QPushButton *m_unlink;
};

} // namespace nc
