#pragma once

#include "notify/NotificationFeedReader.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace pm::util
{
class WorkerThread;
}

namespace pm::ui
{

class NotificationFeedModel;

/**
 * The in-app notification feed: newest first, unread in bold, filter by severity or unread, mark
 * read, and open what a notification is about. Reading runs on the feed reader's thread.
 */
class NotificationsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationsPage(QWidget* parent = nullptr);
    ~NotificationsPage() override;

    /// Starts (or restarts) reading from @p settings' database.
    void setConnection(const pm::store::ConnectionSettings& settings);
    NotificationFeedModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

Q_SIGNALS:
    void unreadChanged(int unread, int unreadCritical);
    /// The latest snapshot, for the tray (it decides what is new).
    void feedUpdated(const pm::notify::FeedSnapshot& snapshot);
    /// A notification was opened: show what it is about (kind: ip, pool, tenant, incident, job).
    void openSubject(const QString& kind, const QString& id);
    void message(const QString& text);

private:
    void onFeed(const pm::notify::FeedSnapshot& snapshot);
    void applyFilter();
    void openCurrent();
    void markSelectedRead();
    void editPreferences();

    std::unique_ptr<pm::util::WorkerThread> m_thread;
    pm::notify::NotificationFeedReader* m_reader = nullptr;
    NotificationFeedModel* m_model;
    QTableView* m_view;
    QComboBox* m_severity;
    QCheckBox* m_unreadOnly;
    QLabel* m_counts;
    QLabel* m_state;
    QPushButton* m_markRead;
    QPushButton* m_markAllRead;
    QPushButton* m_open;
    QPushButton* m_preferences;
};

} // namespace pm::ui
