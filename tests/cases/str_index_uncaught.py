def first_word_initial(sentence):
    words = sentence.split()
    return words[0][0]


print(first_word_initial("hello there"))
print(first_word_initial("   "))
