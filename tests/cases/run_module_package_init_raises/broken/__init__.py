values = {}
values["missing"]
