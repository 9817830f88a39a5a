// The settable options of an element class, derived from the class itself so that a new @property needs no second
// declaration here: its public, writable, non-method members that LitElement (and so HTMLElement) does not have.
import type { LitElement } from 'lit';

/** `A` when X and Y are the same type, else `B` (the comparison TypeScript itself uses for assignability of identical types). */
type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;

/** Keys that can be assigned: a getter without a setter (`answers`) is read-only and left out. */
type WritableKeys<T> = { [K in keyof T]-?: IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never> }[keyof T];

/** Keys that are not methods; a function-valued option such as `beforeSend` can be unset, so it accepts `undefined`. */
type OptionKeys<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? (undefined extends T[K] ? K : never) : K }[keyof T];

/** The element's own options (its reactive properties), each optional, with the element's own types. */
export type ElementProperties<E extends LitElement> = Partial<Pick<E, Exclude<WritableKeys<E> & OptionKeys<E>, keyof LitElement>>>;
