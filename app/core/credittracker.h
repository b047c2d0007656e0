#pragma once

// The account's balance as the service last reported it (get-user-credits,
// a v2 run's metrics.remaining_credits or x-remaining-credits), what the last
// run cost as the service accounted it (metrics.cost, x-cost: never guessed
// from two balances, which move with other clients and free credits), and
// whether the balance still covers a typical run.

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
    void observeCost(double cost);

signals:
    void changed();

private:
    double m_typicalRunCost;
    std::optional<double> m_balance;
    std::optional<double> m_lastCharge;
};

} // namespace wan::core
