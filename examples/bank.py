"""A tiny bank simulation: run it with `ferrython examples/bank.py`.

It exercises classes and inheritance, custom exceptions, f-strings,
comprehensions, a generator and a context manager, and prints a statement
for every account at the end.
"""


class BankError(Exception):
    """Base class of everything that can go wrong at the bank."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account = account
        self.amount = amount


class Account:
    kind = "checking"

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.ledger = [("open", balance)]

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.ledger.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.ledger.append(("withdraw", -amount))

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"


class Savings(Account):
    kind = "savings"

    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        if interest:
            self.deposit(interest)


class Transaction:
    """Context manager: if the block fails, every touched account is rolled back."""

    def __init__(self, *accounts):
        self.accounts = accounts

    def __enter__(self):
        self.saved = [(a, a.balance, len(a.ledger)) for a in self.accounts]
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        for account, balance, entries in self.saved:
            account.balance = balance
            del account.ledger[entries:]
        print(f"  rolled back: {exc}")
        return issubclass(exc_type, BankError)


def transfer(src, dst, amount):
    with Transaction(src, dst):
        dst.deposit(amount)
        src.withdraw(amount)
        print(f"  moved {amount:.2f} from {src.owner} to {dst.owner}")


def statement(account):
    """Yield one line per ledger entry, with a running balance."""
    running = 0.0
    for what, amount in account.ledger:
        running += amount
        yield f"    {what:<9}{amount:>10.2f}{running:>12.2f}"


accounts = [Account("ada", 120.0), Savings("grace", 1000.0, rate=0.05), Account("linus")]
ada, grace, linus = accounts
print("opened:", accounts)
transfer(grace, ada, 250.0)
transfer(ada, linus, 500.0)
transfer(linus, ada, 10.0)
try:
    ada.deposit(-3)
except ValueError as e:
    print("  refused:", e)
for month in range(1, 4):
    for account in accounts:
        account.month_end()
print("after three months:", accounts)
print()
for account in sorted(accounts, key=lambda a: a.balance, reverse=True):
    print(f"{account.owner} ({account.kind}): {account.balance:.2f}")
    for line in statement(account):
        print(line)
richest = max(accounts, key=lambda a: a.balance)
total = sum(a.balance for a in accounts)
print(f"\n{len(accounts)} accounts, {total:.2f} in total; richest: {richest.owner}")
print({a.owner: len(a.ledger) for a in accounts})
