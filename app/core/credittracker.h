#pragma once

// The account's balance as the service last reported it (get-user-credits or
// x-remaining-credits on any answer), the cost of the last run derived from
// the balance dropping, and whether the balance still covers a typical run.

#include <QObject>

#include <optional>

namespace wan::core {

class CreditTracker final : public QObject
{
    Q_OBJECT
public:
    explicit CreditTracker(double typicalRunCost, QObject *parent = nullptr);

    std::optional<double> balance() const { return m_balance; }
    std::optional<double> lastCharge() const { return m_lastCharge; }
    double typicalRunCost() const { return m_typicalRunCost; }
    // True when the balance is known and lower than one typical run.
    bool isLow() const { return m_balance && *m_balance < m_typicalRunCost; }
    // "12.34 credits", "12.34 credits (last run 0.09)", or "unknown".
    QString text() const;

public slots:
    void observe(double balance);

signals:
    void changed();

private:
    double m_typicalRunCost;
    std::optional<double> m_balance;
    std::optional<double> m_lastCharge;
};

} // namespace wan::core
