#pragma once

#include "linkstatus.h"

#include <QTimer>
#include <QWidget>

class QLabel;

namespace nc {

class HomeLinkService;
class Session;
class WrappedLabel;

// A profile's link in one line, an icon beside the words (never the icon alone): in the window's
// status area and at the top of Settings ▸ Link to my clinic. It follows the profile on screen,
// every pass, and the clock ("last sent 2 minutes ago" ages by itself).
class LinkStatusLine : public QWidget
{
    Q_OBJECT
public:
    enum class Detail { Hidden, Shown }; // the server's own sentence under the line (Settings)

    LinkStatusLine(HomeLinkService &service, Session &session, Detail detail, QWidget *parent = nullptr);

    linkstatus::Words words() const { return m_words; }

Q_SIGNALS:
    // Whether the profile on screen is linked: the status area shows the line only then.
    void linkedChanged(bool linked);
    void wordsChanged();

private:
    void refresh();

    HomeLinkService &m_service;
    Session &m_session;
    QLabel *m_icon;
    QLabel *m_text;
    WrappedLabel *m_detail = nullptr;
    QTimer m_clock;
    linkstatus::Words m_words;
};

} // namespace nc
