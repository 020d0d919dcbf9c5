#pragma once

#include <QWidget>
#include <functional>

class QAction;
class QListWidget;
class QListWidgetItem;

// What the window shows while nothing is open: the ways to start (open, new, demo, a server)
// as buttons, and the recent files and servers to open again with a double-click or Enter.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    struct Recent
    {
        QString text;               // what the list shows
        std::function<void()> open; // opens it again
    };
    using RecentSource = std::function<QList<Recent>()>;

    // `starts` become buttons (their text, icon and shortcut); `recent` is asked each time the
    // page is shown.
    WelcomePage(const QList<QAction *> &starts, RecentSource recent, QWidget *parent = nullptr);
    QListWidget *recentList() const { return m_recent; }
    // Reads the recent entries again.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openItem(QListWidgetItem *item);

    RecentSource m_source;
    QList<Recent> m_entries;
    QListWidget *m_recent;
};
