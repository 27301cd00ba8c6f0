#pragma once

#include "providers/mailgun/MailgunClient.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pm::providers
{

class PayloadReader;

/**
 * One item of a Mailgun Events API page (GET /v3/<domain>/events, provider-apis.md §3.4) read as a
 * MailgunEvent. Paging stays with MailgunClient; errors here are MailgunClient's.
 */
class MailgunEventPayload final
{
public:
    /// Item @p at as a failed event. Nothing for another kind of event (only failures are asked
    /// for, so it is skipped) and nothing when @p reader failed on it: check @p reader to tell.
    static std::optional<MailgunEvent> readFailure(PayloadReader& reader, const QJsonObject& o, const QString& at);
};

} // namespace pm::providers
