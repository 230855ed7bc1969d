#pragma once

#include "app/session.h"
#include "content/contentcatalogue.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace nc {

class ArticleListModel;

// Learn: the article list with a live search box beside the article being read. Links between
// articles (article:<id>) navigate, with Back and Forward. Articles are filled from the patient's
// protocol, unit and numbers, in the patient's language (English where a translation is missing).
class LearnScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LearnScreen(Session &session, QWidget *parent = nullptr,
        const ContentCatalogue &catalogue = ContentCatalogue::shipped());

    // Shows an article and records the one left in the history; unknown ids are ignored.
    void openArticle(const QString &id);
    void back();
    void forward();
    bool canGoBack() const { return !m_backStack.isEmpty(); }
    bool canGoForward() const { return !m_forwardStack.isEmpty(); }
    QString currentArticleId() const { return m_current; }

    QLineEdit *searchBox() const { return m_search; }
    QListView *articleList() const { return m_list; }
    QTextBrowser *articleView() const { return m_browser; }
    ArticleListModel *model() const { return m_model; }

Q_SIGNALS:
    void printRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The constructor's three parts: the list with its search box, the article with its
    // navigation bar, and what each control does.
    QWidget *buildListPanel();
    QVBoxLayout *buildArticlePanel();
    void connectControls();

    void showArticle(const QString &id);
    void render(bool force);
    void applySearch(const QString &text);
    void selectCurrentInList();
    void updateNavigation();
    void applyReadingFont();
    QString language() const;

    Session &m_session;
    const ContentCatalogue &m_catalogue;
    ArticleListModel *m_model;
    QLineEdit *m_search;
    QLabel *m_count;
    QListView *m_list;
    QPushButton *m_back;
    QPushButton *m_forward;
    QPushButton *m_print;
    QTextBrowser *m_browser;
    QString m_current;
    QStringList m_backStack;
    QStringList m_forwardStack;
    QByteArray m_renderedKey; // what the shown text was filled from
};

} // namespace nc
