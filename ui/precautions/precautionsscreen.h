#pragma once

#include "app/session.h"
#include "content/contentcatalogue.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QFrame;
class QGridLayout;
class QLabel;
class QTimer;

namespace nc {

class AdherenceStrip;

// Today's precautions as big check boxes, saved per day and per patient; how the current cycle
// went, day by day; and, inside a predicted nadir window, the items that matter most highlighted
// with words and an icon.
class PrecautionsScreen : public QWidget
{
    Q_OBJECT
public:
    explicit PrecautionsScreen(Session &session, QWidget *parent = nullptr,
        const ContentCatalogue &catalogue = ContentCatalogue::shipped());

    void refresh();

    QCheckBox *checkBox(const QString &itemId) const;
    // Whether the item carries the "most important in your low-count days" mark right now.
    bool isHighlighted(const QString &itemId) const;
    bool inLowCountDays() const { return m_inNadir; }
    AdherenceStrip *adherence() const { return m_strip; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        ChecklistItem item;
        QFrame *frame = nullptr;
        QCheckBox *box = nullptr;
        QWidget *badge = nullptr;
    };

    void build(const QString &language);
    void layoutItems();
    void save(const QString &itemId, bool ticked);
    void updateProgress();
    void updateAdherence();
    void applyStyle();

    Session &m_session;
    const ContentCatalogue &m_catalogue;
    QString m_language;
    QDate m_today;
    bool m_inNadir = false;
    std::optional<NadirWindow> m_window;
    QList<Row> m_rows;
    int m_columns = 0;

    QLabel *m_date;
    QLabel *m_progress;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QGridLayout *m_grid;
    QLabel *m_error;
    QLabel *m_cycleTitle;
    QLabel *m_adherenceSummary;
    AdherenceStrip *m_strip;
    QTimer *m_dayTimer;
};

} // namespace nc
