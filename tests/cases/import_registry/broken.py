print("broken runs")
import sys
print("broken in sys.modules while running:", "broken" in sys.modules)
raise ValueError("broken fails")
