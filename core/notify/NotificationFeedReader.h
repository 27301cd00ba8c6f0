#pragma once

#include "notify/NotificationPolicy.h"
#include "store/PollingReader.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTime>

#include <optional>

namespace pm::notify
{

/// One notification as the in-app feed shows it.
struct FeedItem
{
    qint64 id = 0;
    QDateTime at;
    QString kind; ///< first, update, repeat, digest
    Severity severity = Severity::Warning;
    QStringList titles;
    int events = 0;
    int distinct = 0;
    int newEvents = 0;
    QString subjectKind;
    QString subjectId;
    bool read = false;
};

struct FeedSnapshot
{
    QList<FeedItem> items;           ///< newest first, filtered
    QList<FeedItem> unreadCriticals; ///< the newest few, whatever the filter (for the tray)
    int unreadCritical = 0;
    int unreadWarning = 0;
    int unreadInfo = 0;
    qint64 newestId = 0;     ///< across all severities
    bool trayEnabled = true; ///< the operator's preference
    QString operatorName;
    int unread() const { return unreadCritical + unreadWarning + unreadInfo; }
};

/// The signed-in operator's channel preferences.
struct NotificationPreferences
{
    QString email;
    bool emailEnabled = true;
    Severity emailMinSeverity = Severity::Warning;
    bool trayEnabled = true;
    QString timeZone = QStringLiteral("UTC");
    QTime quietStart; ///< invalid: no quiet hours
    QTime quietEnd;
    bool criticalIgnoresQuiet = true;
};

/**
 * Reads the in-app feed for the signed-in operator on its own thread (every few seconds and on
 * demand), and carries out what the feed page asks: mark read, save preferences.
 */
class NotificationFeedReader final : public pm::store::PollingReader
{
    Q_OBJECT

public:
    explicit NotificationFeedReader(pm::store::ConnectionSettings settings, QObject* parent = nullptr);

    static constexpr int MaxItems = 500;

public Q_SLOTS:
    /// Shows only @p severity (nothing: all) and, with @p unreadOnly, only unread items.
    void setFilter(std::optional<pm::notify::Severity> severity, bool unreadOnly);
    void markRead(const QList<qint64>& ids);
    void markAllRead();
    void loadPreferences();
    void savePreferences(const pm::notify::NotificationPreferences& preferences);

Q_SIGNALS:
    void feedLoaded(const pm::notify::FeedSnapshot& snapshot);
    void preferencesLoaded(const pm::notify::NotificationPreferences& preferences);
    void preferencesSaved();
    void actionFailed(const QString& message);

protected:
    bool read(QSqlDatabase& db, QString* error) override;

private:
    std::optional<Severity> m_severity;
    bool m_unreadOnly = false;
};

} // namespace pm::notify

Q_DECLARE_METATYPE(pm::notify::FeedSnapshot)
Q_DECLARE_METATYPE(pm::notify::NotificationPreferences)
Q_DECLARE_METATYPE(std::optional<pm::notify::Severity>)
