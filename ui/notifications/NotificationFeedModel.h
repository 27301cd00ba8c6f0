#pragma once

#include "notify/NotificationFeedReader.h"

#include <QAbstractTableModel>

namespace pm::ui
{

/// The feed as a table: severity, time, what happened, how many events, about what. Unread rows are bold.
class NotificationFeedModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        TimeColumn,
        SummaryColumn,
        EventsColumn,
        SubjectColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ReadRole,
    };

    explicit NotificationFeedModel(QObject* parent = nullptr);

    void setItems(const QList<pm::notify::FeedItem>& items);
    const pm::notify::FeedItem* item(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString severityText(pm::notify::Severity severity);
    /// "Bounce rate 7% on 198.18.0.1 (+3 more)" — what a person reads first.
    static QString summary(const pm::notify::FeedItem& item);
    static QString subjectText(const QString& kind, const QString& id);

private:
    QList<pm::notify::FeedItem> m_items;
};

} // namespace pm::ui
