for x in y:
    
