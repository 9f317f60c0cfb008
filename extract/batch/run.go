package batch

import (
	"context"
	"iter"
	"sync"
)

// Run applies work to every input from inputs on up to jobs goroutines and
// hands the results to emit one at a time, in input order, as soon as each
// result and all before it are ready. At most 4*jobs inputs are in flight,
// so memory stays flat however many inputs there are.
//
// Every input gets a result: work reports failures in its result, not by
// stopping the batch. When ctx is cancelled, Run stops taking new inputs,
// emits the results of the inputs already started, in order, and returns
// ctx.Err(). When emit returns an error, Run stops and returns it.
func Run[In, Out any](ctx context.Context, jobs int, inputs iter.Seq[In], work func(context.Context, In) Out, emit func(Out) error) error {
	if jobs < 1 {
		jobs = 1
	}
	type task struct {
		in  In
		out chan Out // buffered 1: the worker never waits for the emitter
	}
	window := make(chan struct{}, 4*jobs) // slots for tasks started but not yet emitted
	tasks := make(chan task)              // to the workers
	ordered := make(chan task, 4*jobs)    // to the emitter, in input order
	stop := make(chan struct{})           // closed when the emitter gives up
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop) }) }

	// Producer: pulls inputs in order and dispatches them.
	go func() {
		defer close(tasks)
		defer close(ordered)
		for in := range inputs {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			case <-stop:
				return
			}
			// select picks at random among ready cases: once cancelled,
			// stop here even if a slot was free too.
			if ctx.Err() != nil {
				return
			}
			t := task{in: in, out: make(chan Out, 1)}
			ordered <- t // never blocks: len(ordered) <= len(window)
			select {
			case tasks <- t:
			case <-stop:
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				t.out <- work(ctx, t.in)
			}
		}()
	}

	var emitErr error
	for t := range ordered {
		if emitErr != nil {
			continue // drain so that the producer can finish
		}
		out, ok := <-t.out
		if !ok {
			continue
		}
		if err := emit(out); err != nil {
			emitErr = err
			halt()
		}
		<-window
	}
	halt()
	wg.Wait()
	if emitErr != nil {
		return emitErr
	}
	return ctx.Err()
}
