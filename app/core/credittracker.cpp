#include "credittracker.h"

#include <QLocale>

namespace wan::core {

CreditTracker::CreditTracker(double typicalRunCost, QObject *parent)
    : QObject(parent)
    , m_typicalRunCost(typicalRunCost)
{
}

void CreditTracker::observe(double balance)
{
    // Balances are decimals of cents; a change smaller than that is noise.
    if (m_balance && qAbs(*m_balance - balance) < 1e-9)
        return;
    if (m_balance && balance < *m_balance)
        m_lastCharge = *m_balance - balance;
    m_balance = balance;
    emit changed();
}

QString CreditTracker::text() const
{
    if (!m_balance)
        return tr("Credits: unknown");
    const QLocale locale;
    QString text = tr("Credits: %1").arg(locale.toString(*m_balance, 'f', 2));
    if (m_lastCharge)
        text += QLatin1Char(' ') + tr("(last run %1)").arg(locale.toString(*m_lastCharge, 'f', 2));
    return text;
}

} // namespace wan::core
