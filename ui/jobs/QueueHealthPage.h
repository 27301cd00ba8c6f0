#pragma once

#include "queue/QueueHealthReader.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pm::util
{
class WorkerThread;
}

namespace pm::ui
{

/**
 * The queue's health for ops: workers alive, jobs waiting / running / failing / dead per queue,
 * the oldest waiting job, and the dead-letter list with re-queue and discard (audited in the
 * database). Reads on its own thread every few seconds.
 */
class QueueHealthPage final : public QWidget
{
    Q_OBJECT

public:
    explicit QueueHealthPage(QWidget* parent = nullptr);
    ~QueueHealthPage() override;

    void setConnection(const pm::store::ConnectionSettings& settings);
    /// Ops and admins re-queue and discard dead jobs; the database refuses anyone else.
    void setCanManage(bool canManage);
    /// Selects a dead job (a notification about it was opened).
    void selectJob(qint64 id);

    QTableWidget* deadJobsTable() const { return m_dead; }
    QLabel* summaryLabel() const { return m_summary; }
    /// Workers alive at the last read (-1 before the first).
    int workersAlive() const { return m_workersAlive; }

Q_SIGNALS:
    void message(const QString& text);

private:
    void onHealth(const pm::queue::QueueHealth& health);
    qint64 selectedDeadJob() const;
    void requeueSelected();
    void discardSelected();

    std::unique_ptr<pm::util::WorkerThread> m_thread;
    pm::queue::QueueHealthReader* m_reader = nullptr;
    QLabel* m_summary;
    QTableWidget* m_queues;
    QTableWidget* m_workers;
    QTableWidget* m_dead;
    QPushButton* m_requeue;
    QPushButton* m_discard;
    QLabel* m_state;
    qint64 m_pendingSelection = 0;
    int m_workersAlive = -1;
    bool m_canManage = true;
};

} // namespace pm::ui
