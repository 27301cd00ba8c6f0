#pragma once

#include "store/ConnectionState.h"

#include <QWidget>

class QLabel;

namespace pm::ui
{

/// The status-bar badge: a coloured dot and "Connected / Reconnecting / Offline", details in the tooltip.
class ConnectionStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionStatusWidget(QWidget* parent = nullptr);

    void setState(pm::store::ConnectionState state, const QString& detail);
    pm::store::ConnectionState state() const { return m_state; }
    QString text() const;

    static QString stateName(pm::store::ConnectionState state);

private:
    QLabel* m_dot;
    QLabel* m_text;
    pm::store::ConnectionState m_state = pm::store::ConnectionState::Offline;
};

} // namespace pm::ui
