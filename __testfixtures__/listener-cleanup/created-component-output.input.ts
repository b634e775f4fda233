import { Component, ViewContainerRef } from '@angular/core';
import { ModalService } from './modal.service';
import { ExportComponent } from './export.component';
import { ShareComponent } from './share.component';
import { Registry } from './registry';

@Component({ selector: 'app-vault', template: '' })
export class VaultComponent {
  constructor(
    private modalService: ModalService,
    private container: ViewContainerRef,
    private registry: Registry,
  ) {}

  // Outputs of the components these calls just created, kept here: they go with their modals.
  async openExport(ref: ViewContainerRef): Promise<void> {
    const [modal, childComponent] = await this.modalService.openViewRef(ExportComponent, ref);
    childComponent.onSaved.subscribe(() => modal.close());
  }

  openShare(): void {
    const componentRef = this.container.createComponent(ShareComponent);
    componentRef.instance.onShared.subscribe(() => componentRef.destroy());
  }

  // Handed to a registry that keeps it: the component may outlive this view.
  async openRegistered(ref: ViewContainerRef): Promise<void> {
    const [, childComponent] = await this.modalService.openViewRef(ExportComponent, ref);
    this.registry.add(childComponent);
    childComponent.onSaved.subscribe(() => this.registry.refresh());
  }

  // A `$` stream the child passes on from a service: it outlives the child.
  async openWatched(ref: ViewContainerRef): Promise<void> {
    const [, childComponent] = await this.modalService.openViewRef(ExportComponent, ref);
    childComponent.items$.subscribe((items: string[]) => console.log(items));
  }
}
