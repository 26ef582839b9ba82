-m
sys
