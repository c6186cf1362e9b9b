class Employee:
    raise_pct = 0.04
    _next_id = 1

    def __init__(self, name, salary):
        self.name = name
        self.salary = salary
        self.id = Employee._next_id
        Employee._next_id += 1

    def apply_raise(self):
        self.salary = int(self.salary * (1 + self.raise_pct))

    def __repr__(self):
        return f"<{self.id}:{self.name} ${self.salary:,}>"


class Manager(Employee):
    raise_pct = 0.10

    def __init__(self, name, salary, reports=()):
        super().__init__(name, salary)
        self.reports = list(reports)

    def add(self, emp):
        if emp not in self.reports:
            self.reports.append(emp)

    def team_cost(self):
        return self.salary + sum(e.salary for e in self.reports)


a = Employee("Ann", 50000)
b = Employee("Bo", 62000)
m = Manager("Meg", 90000, [a])
m.add(b)
m.add(a)
print(m, m.reports, f"{m.team_cost():,}")
for e in [a, b, m]:
    e.apply_raise()
print([a, b, m], f"{m.team_cost():,}")
b.raise_pct = 0.5
b.apply_raise()
print(b, Employee.raise_pct, Manager.raise_pct, "raise_pct" in vars(b), "raise_pct" in vars(a))
Employee.raise_pct = 0.0
a.apply_raise(); m.apply_raise()
print(a, m)
print(sorted([a, b, m], key=lambda e: e.salary, reverse=True))
print(isinstance(m, Employee), type(m).__name__, Manager.__mro__[1].__name__)
