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
    m_balance = balance;
    emit changed();
}

void CreditTracker::observeCost(double cost)
{
    if (cost < 0.0 || (m_lastCharge && qAbs(*m_lastCharge - cost) < 1e-12))
        return;
    m_lastCharge = cost;
    emit changed();
}

QString CreditTracker::text() const
{
    if (!m_balance)
        return tr("Credits: unknown");
    const QLocale locale;
    QString text = tr("Credits: %1").arg(locale.toString(*m_balance, 'f', 2));
    if (m_lastCharge)
        // A run costs cents: 0.0875 shown as 0.09 (or 0.00) would hide what it was.
        text += QLatin1Char(' ') + tr("(last run %1)").arg(locale.toString(*m_lastCharge, 'f', *m_lastCharge < 1.0 ? 4 : 2));
    return text;
}

} // namespace wan::core
