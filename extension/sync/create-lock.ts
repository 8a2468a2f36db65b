/** Serialises async read-modify-write sections so two writers never lose each other's change. */
export function createLock(): <T>(section: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(section: () => Promise<T>) => {
    const run = tail.then(section, section);
    tail = run.catch(() => undefined);
    return run;
  };
}
