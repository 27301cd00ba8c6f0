#pragma once

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>

#include <functional>

class QTableWidget;

namespace pm::ui
{

/// One email the demo "sent" through its Loops mock.
struct OutboxMail
{
    QDateTime at;
    QString to;
    QString templateId;
    QJsonObject variables;
};

/**
 * Demo > Email outbox: what the demo's Loops mock accepted (notification emails now, one-time
 * codes later), newest first, refreshed while open. Nothing leaves the machine in the demo.
 */
class DemoOutboxDialog final : public QDialog
{
    Q_OBJECT

public:
    using Source = std::function<QList<OutboxMail>()>;
    explicit DemoOutboxDialog(Source source, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void refresh();

private:
    Source m_source;
    QTableWidget* m_table;
};

} // namespace pm::ui
