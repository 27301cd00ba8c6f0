#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pm::queue
{

/// A claimed job, as a handler sees it.
struct Job
{
    qint64 id = 0;
    QString queue;
    QString kind;
    QJsonObject args;
    int attempt = 0; ///< 1 on the first run
    int maxAttempts = 0;
};

/// How to enqueue: which queue, when, how often to try, and the optional uniqueness key.
struct EnqueueOptions
{
    QString queue = QStringLiteral("default");
    int priority = 2;      ///< 0 (first) … 4 (last)
    QDateTime scheduledAt; ///< invalid: now
    int maxAttempts = 8;
    QString uniqueKey; ///< at most one live job per key
};

} // namespace pm::queue
