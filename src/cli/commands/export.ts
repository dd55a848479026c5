export async function run(..._a: unknown[]): Promise<void> { throw new Error('not yet'); }
