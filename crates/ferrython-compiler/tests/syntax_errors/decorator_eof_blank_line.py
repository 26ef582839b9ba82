@dec

