count = 3
message = "You have " + count + " new messages"
print(message)
