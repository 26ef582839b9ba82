class InsufficientFunds(Exception):
    pass


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account(#{self.id} {self.owner!r}, balance={self.balance})"


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, balance=0):
        acct = Account(owner, balance)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print("  transfer failed:", e)
            return False
        dst.deposit(amount)
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob")
print(alice, bob)
print(bank.transfer(alice, bob, 30), bank.transfer(bob, alice, 50), bank.transfer(bob, alice, 30))
for bad in (0, -5):
    try:
        bob.deposit(bad)
    except ValueError as e:
        print("  error:", e)
print(alice, bob, "total", bank.total())
print(alice.history, bob.history)
print({a.owner: [kind for kind, _ in a.history] for a in bank.accounts.values()})
