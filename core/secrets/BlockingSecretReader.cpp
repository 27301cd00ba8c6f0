#include "secrets/BlockingSecretReader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace pm::secrets
{

namespace
{
// Shared by the waiting thread and the store's thread; whoever finishes last frees it.
struct Pending
{
    QMutex mutex;
    SecretStore::Result result;
    QSemaphore done;
};
} // namespace

SecretStore::Result readBlocking(SecretStore* store, const QString& key, std::chrono::milliseconds timeout)
{
    SecretStore::Result timedOut {SecretStore::Status::Error,
                                  {},
                                  QCoreApplication::translate("pm::secrets", "The keychain did not answer in time.")};
    if (!store) {
        return {SecretStore::Status::Error,
                {},
                QCoreApplication::translate("pm::secrets", "No secret store is configured.")};
    }
    if (store->thread() == QThread::currentThread()) {
        // Same thread (tests, tools): the answer arrives through this thread's event loop.
        SecretStore::Result result = timedOut;
        QEventLoop loop;
        QObject context;
        store->read(key, &context, [&result, &loop](const SecretStore::Result& r) {
            result = r;
            loop.quit();
        });
        QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        return result;
    }
    // The store's own thread runs the read, with the store itself as the callback's context, and
    // wakes us through a semaphore: no object of this thread is touched from there.
    auto pending = std::make_shared<Pending>();
    QMetaObject::invokeMethod(
        store,
        [store, key, pending] {
            store->read(key, store, [pending](const SecretStore::Result& r) {
                {
                    QMutexLocker lock(&pending->mutex);
                    pending->result = r;
                }
                pending->done.release();
            });
        },
        Qt::QueuedConnection);
    if (!pending->done.tryAcquire(1, static_cast<int>(timeout.count()))) {
        return timedOut;
    }
    QMutexLocker lock(&pending->mutex);
    return pending->result;
}

QString providerAccountKey(int accountId)
{
    return u"provider-account/%1"_s.arg(accountId);
}

} // namespace pm::secrets
