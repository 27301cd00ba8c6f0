#include "common/EmptyStatePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pm::ui
{

EmptyStatePage::EmptyStatePage(const QIcon& icon, const QString& title, const QString& explanation, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_explanation(new QLabel(explanation, this))
{
    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignHCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignHCenter);
    m_explanation->setMinimumWidth(280);
    m_explanation->setMaximumWidth(560);
    m_explanation->setObjectName(QStringLiteral("emptyStateExplanation"));
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(iconLabel, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    // Centred through stretches, not an alignment flag: an aligned label keeps its one-line size
    // hint and clips the wrapped text.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_explanation, 4);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(3);
}

QString EmptyStatePage::title() const
{
    return m_title->text();
}

QString EmptyStatePage::explanation() const
{
    return m_explanation->text();
}

} // namespace pm::ui
