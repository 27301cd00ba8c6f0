#include "security/ScramVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace pm::security
{

QString ScramVerifier::make(const QString& password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
    return make(password, salt, iterations);
}

QString ScramVerifier::make(const QString& password, const QByteArray& salt, int iterations)
{
    // PostgreSQL runs SASLprep over the password; for the printable passwords people type, NFKC
    // normalisation is what it changes. (A password SASLprep rejects is used as raw bytes by
    // PostgreSQL as well.)
    const QByteArray secret = password.normalized(QString::NormalizationForm_KC).toUtf8();
    const QByteArray salted
        = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret, salt, iterations, 32);
    const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace pm::security
