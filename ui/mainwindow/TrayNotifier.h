#pragma once

#include "notify/NotificationFeedReader.h"

#include <QObject>

class QSystemTrayIcon;

namespace pm::ui
{

/**
 * Critical notifications on the desktop tray while the console is open: each new unread critical
 * item pops up once (not the ones already there when the console started), if the operator's
 * preference allows and the desktop has a tray.
 */
class TrayNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(const QIcon& icon, QObject* parent = nullptr);

    void onFeed(const pm::notify::FeedSnapshot& snapshot);
    /// How many pop-ups were shown (tests; a desktop without a tray counts none).
    int shown() const { return m_shown; }
    /// The last message it decided to show, even without a tray (tests and the status bar).
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    void activated(); ///< the pop-up or the icon was clicked: show the notifications
    void announced(const QString& text);

private:
    QSystemTrayIcon* m_tray = nullptr;
    qint64 m_seenUpTo = -1;
    int m_shown = 0;
    QString m_lastMessage;
};

} // namespace pm::ui
