def handle():
    try:
        risky()
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        pass
    except:
        raise
    else:
        done()

def finally_return():
    try:
        return compute()
    finally:
        cleanup()

def swallow():
    try:
        raise ValueError
    finally:
        return 1

def loop_control(items):
    for item in items:
        try:
            if item:
                continue
            break
        except Exception as exc:
            return exc
        finally:
            log(item)

def reraise():
    try:
        pass
    except E:
        raise Other() from None
