import { debounce } from './debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('given a burst of calls, when the wait passes after the last, then the action runs once', () => {
    const action = vi.fn();
    const refresh = debounce(action, 300);
    refresh();
    vi.advanceTimersByTime(200);
    refresh();
    refresh();
    vi.advanceTimersByTime(299);
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('given a pending run, when cancelled, then the action never runs', () => {
    const action = vi.fn();
    const refresh = debounce(action, 300);
    refresh();
    refresh.cancel();
    vi.advanceTimersByTime(1000);
    expect(action).not.toHaveBeenCalled();
  });
});
