// Write errors in the Content Lake's shape: `{error: {description, type: 'mutationError', items: [...]}}`.

export interface MutationErrorItem {
  /** `referencingIDs`: for `documentHasExistingReferencesError`, the documents that still reference `id`. */
  error: { description: string; type: string; id?: string; referencingIDs?: string[] };
  index: number;
}

export class MutationError extends Error {
  readonly status: number;
  readonly type: string;
  readonly items: MutationErrorItem[];
  constructor(
    status: number,
    description: string,
    item?: { type: string; id?: string; index: number; referencingIDs?: string[] },
  ) {
    super(description);
    this.status = status;
    this.type = 'mutationError';
    const { index, ...detail } = item ?? { index: 0 };
    this.items = item ? [{ error: { description, ...detail } as MutationErrorItem['error'], index }] : [];
  }

  get body(): unknown {
    return {
      error: { description: `The mutation(s) failed: ${this.message}`, type: this.type, items: this.items },
    };
  }
}

export class ActionError extends Error {
  readonly status: number;
  constructor(status: number, description: string) {
    super(description);
    this.status = status;
  }

  get body(): unknown {
    return { error: { description: this.message, type: 'actionError' } };
  }
}
