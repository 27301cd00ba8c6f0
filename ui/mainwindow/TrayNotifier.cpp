#include "mainwindow/TrayNotifier.h"

#include "notifications/NotificationFeedModel.h"

#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace pm::ui
{

TrayNotifier::TrayNotifier(const QIcon& icon, QObject* parent)
    : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("PenguinMails Console"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::activated);
        m_tray->show();
    }
}

void TrayNotifier::onFeed(const pm::notify::FeedSnapshot& snapshot)
{
    if (m_seenUpTo < 0) {
        m_seenUpTo = snapshot.newestId; // what was there before the console opened is not news
        return;
    }
    qint64 newest = m_seenUpTo;
    QList<const pm::notify::FeedItem*> fresh;
    for (const pm::notify::FeedItem& item : snapshot.unreadCriticals) {
        if (item.id > m_seenUpTo) {
            fresh << &item;
            newest = std::max(newest, item.id);
        }
    }
    m_seenUpTo = std::max(newest, snapshot.newestId);
    if (fresh.isEmpty() || !snapshot.trayEnabled) {
        return;
    }
    const QString title = fresh.size() == 1
                              ? tr("Critical: %1").arg(NotificationFeedModel::summary(*fresh.constFirst()))
                              : tr("%n new critical notifications", nullptr, static_cast<int>(fresh.size()));
    const QString body = fresh.size() == 1 ? fresh.constFirst()->titles.mid(1).join(u'\n')
                                           : NotificationFeedModel::summary(*fresh.constFirst());
    m_lastMessage = title;
    Q_EMIT announced(title);
    if (m_tray) {
        m_tray->showMessage(title, body, QSystemTrayIcon::Critical, 15'000);
        ++m_shown;
    }
}

} // namespace pm::ui
