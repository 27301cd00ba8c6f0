#include "mainwindow/ConnectionStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace pm::ui
{

using pm::store::ConnectionState;

ConnectionStatusWidget::ConnectionStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(u"connectionStatus"_s);
    m_text->setObjectName(u"connectionStatusText"_s);
    m_dot->setFixedSize(12, 12);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    setState(ConnectionState::Offline, tr("Not connected"));
}

QString ConnectionStatusWidget::stateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connecting:
        return tr("Connecting…");
    case ConnectionState::Connected:
        return tr("Connected");
    case ConnectionState::Reconnecting:
        return tr("Reconnecting…");
    case ConnectionState::Offline:
        return tr("Offline");
    case ConnectionState::Incompatible:
        return tr("Schema mismatch");
    }
    return {};
}

void ConnectionStatusWidget::setState(ConnectionState state, const QString& detail)
{
    m_state = state;
    QString colour;
    switch (state) {
    case ConnectionState::Connected:
        colour = u"#2e9d4f"_s;
        break;
    case ConnectionState::Connecting:
    case ConnectionState::Reconnecting:
        colour = u"#d99a00"_s;
        break;
    case ConnectionState::Offline:
    case ConnectionState::Incompatible:
        colour = u"#c8342b"_s;
        break;
    }
    m_dot->setStyleSheet(u"border-radius: 6px; background: %1;"_s.arg(colour));
    m_text->setText(stateName(state));
    setToolTip(detail);
    m_text->setToolTip(detail);
    m_dot->setAccessibleName(stateName(state));
}

QString ConnectionStatusWidget::text() const
{
    return m_text->text();
}

} // namespace pm::ui
