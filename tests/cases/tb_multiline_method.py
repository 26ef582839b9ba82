text = "hello"
result = (text
          .replace("l", "L")
          .center(3, 4, 5))
