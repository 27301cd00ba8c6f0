#pragma once

#include <QByteArray>

namespace pm::sim
{

/// One SMTP reply as a mailbox provider sends it (texts from deliverability.md §3.2).
struct SmtpReply
{
    int code;
    const char* enhanced;
    const char* bounceClass; ///< hard, soft, block, spam, auth, policy
    const char* text;        ///< "%IP%" and "%DOMAIN%" are filled in per event
};

enum class ReplyKind
{
    HardBounce,
    SoftBounce,
    Deferral,
    ReputationBlock,
    MicrosoftBlockList, ///< S3150
    SpamhausListing,    ///< blocklist-driven refusals
    AuthenticationFailure,
};

/// The reply a provider (0 gmail, 1 microsoft, 2 yahoo, 3 apple, 4 other) gives for @p kind;
/// @p variant picks among equivalent texts.
const SmtpReply& smtpReply(ReplyKind kind, int provider, unsigned variant);

/// The reply text with its placeholders filled in.
QByteArray renderReply(const SmtpReply& reply, const QByteArray& ip, const QByteArray& domain);

} // namespace pm::sim
