#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace pm::ui
{

/// A page that has no data yet: an icon, a title and a sentence saying what will appear here.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT

public:
    EmptyStatePage(const QIcon& icon, const QString& title, const QString& explanation, QWidget* parent = nullptr);

    QString title() const;
    QString explanation() const;

private:
    QLabel* m_title;
    QLabel* m_explanation;
};

} // namespace pm::ui
